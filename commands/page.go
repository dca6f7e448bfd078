package commands

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// splitPage takes a trailing "page N" off a command's arguments ("/relations japan korea page
// 2"); page is 1 when there is none.
func splitPage(args string) (rest string, page int) {
	f := strings.Fields(args)
	if n := len(f); n >= 2 && strings.EqualFold(f[n-2], "page") {
		if p, err := strconv.Atoi(f[n-1]); err == nil && p >= 1 {
			return strings.Join(f[:n-2], " "), p
		}
	}
	return args, 1
}

// nextPageLabel opens the label of the suggestion that shows a paged answer's next page;
// a conversation's "more" runs it.
const nextPageLabel = "Next page"

// pageSuggestions offers the next and previous pages of a paged answer, as commands.
func pageSuggestions(command string, b briefs.Brief) []Suggestion {
	var out []Suggestion
	if b.Page < b.Pages {
		out = append(out, Suggestion{Label: fmt.Sprintf("%s (%d of %d)", nextPageLabel, b.Page+1, b.Pages), Command: fmt.Sprintf("%s page %d", command, b.Page+1)})
	}
	if b.Page > 1 && b.Page <= b.Pages {
		out = append(out, Suggestion{Label: "Previous page", Command: fmt.Sprintf("%s page %d", command, b.Page-1)})
	}
	return out
}
