package playground

import (
	"fmt"
	"html/template"
)

// parseTemplates reads the page templates embedded in the binary.
func parseTemplates() (*template.Template, error) {
	t, err := template.New("").Funcs(template.FuncMap{
		"embedClass":  embedClass,
		"slackArgs":   func(v *slackView, at stamp) slackArgs { return slackArgs{View: v, At: at} },
		"discordArgs": func(v *discordView, at stamp) discordArgs { return discordArgs{View: v, At: at} },
	}).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("parse playground templates: %w", err)
	}
	return t, nil
}

// embedClass names the colour of a Discord embed's side bar. The page's security policy
// allows no inline styles, so the renderer's colours (answer, nothing found, mistake) are
// classes; any other colour shows as the default bar.
func embedClass(color string) string {
	switch color {
	case "#3b6ea5":
		return "bar-found"
	case "#8a8f98":
		return "bar-notfound"
	case "#c0392b":
		return "bar-error"
	}
	return "bar-other"
}

// slackArgs and discordArgs hand a rendered message and its time to the platform templates.
type slackArgs struct {
	View *slackView
	At   stamp
}

type discordArgs struct {
	View *discordView
	At   stamp
}
