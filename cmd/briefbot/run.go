package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/console"
	"github.com/briefbot/briefbot/bot/discord"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
	"github.com/briefbot/briefbot/config"
)

// usageError is a mistake in how briefbot was called; main exits 2 for it.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

const topUsage = `briefbot — briefings on the US's Asia-Pacific allies at the June 2022 NATO summit

Usage:
  briefbot ask [--format text|markdown|json|slack|discord] TEXT…
                                                     answer one command or question
  briefbot chat                                      talk to the bot in the terminal
  briefbot serve                                     run the bot (HTTP, Slack, Discord, digests)
  briefbot slack manifest                            print a Slack app manifest
  briefbot discord register [--guild ID | --global]  register Discord application commands
  briefbot facts validate [PATH]                     check a fact store (the embedded one by default)
  briefbot facts list [--entity X] [--topic Y]       list facts
  briefbot digest preview [--filter NAMES]           the next digest edition on NAMES
  briefbot digest list                               every digest subscription in the store
  briefbot report [--since 7d] [--who]               questions refused or voted down, grouped:
                                                     the curators' to-do list
  briefbot --version                                 the version and commit this binary was built from

Run "briefbot COMMAND --help" for a command's options.
`

// run is the whole program: it parses the subcommand, loads what it needs through the
// arguments it was given (never the process's globals), and wires the packages.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, topUsage)
		return usagef("")
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, topUsage)
		return nil
	case "--version", "-version", "version":
		info, _ := debug.ReadBuildInfo()
		fmt.Fprintln(stdout, versionLine(info))
		return nil
	case "ask":
		return runAsk(ctx, args[1:], stdout, stderr)
	case "chat":
		return runChat(ctx, args[1:], getenv, stdin, stdout, stderr)
	case "serve":
		return runServe(ctx, args[1:], getenv, stdout, stderr)
	case "digest":
		return runDigest(ctx, args[1:], getenv, stdout, stderr)
	case "slack":
		return runSlack(ctx, args[1:], getenv, stdout, stderr)
	case "discord":
		return runDiscord(ctx, args[1:], getenv, stdout, stderr)
	case "facts":
		return runFacts(args[1:], stdout, stderr)
	case "report":
		return runReport(ctx, args[1:], getenv, stdout, stderr)
	default:
		fmt.Fprint(stderr, topUsage)
		return usagef("unknown command %q%s", args[0], didYouMean(args[0], topCommands))
	}
}

// topCommands are run's subcommands, for did-you-mean.
var topCommands = []string{"ask", "chat", "serve", "slack", "discord", "facts", "digest", "report", "help", "version"}

// didYouMean suggests the one name close to a mistyped one (", did you mean X?"), or nothing.
func didYouMean(typed string, names []string) string {
	best, bestDist, tie := "", 3, false
	for _, n := range names {
		d := editDistance(strings.ToLower(typed), n)
		switch {
		case d < bestDist:
			best, bestDist, tie = n, d, false
		case d == bestDist:
			tie = true
		}
	}
	// A short word is close to too much: allow one edit below five letters.
	if best == "" || tie || bestDist > 1 && len(typed) < 5 {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", best)
}

// editDistance is the optimal-string-alignment distance: insertions, deletions, substitutions
// and swaps of neighbours each cost one ("relatoins" is one swap from "relations").
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range rb {
		d[0][j+1] = j + 1
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// versionLine names the build: the module version and the commit it was built from, as the
// Go toolchain records them (a binary built from a checkout reports "(devel)" and the commit).
func versionLine(info *debug.BuildInfo) string {
	if info == nil {
		return "briefbot (no build information)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var details []string
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		details = append(details, "commit "+rev[:min(len(rev), 12)])
	}
	if t := settings["vcs.time"]; t != "" {
		details = append(details, t)
	}
	if settings["vcs.modified"] == "true" {
		details = append(details, "modified")
	}
	if info.GoVersion != "" {
		details = append(details, info.GoVersion)
	}
	line := "briefbot " + v
	if len(details) > 0 {
		line += " (" + strings.Join(details, ", ") + ")"
	}
	return line
}

// newFlagSet makes a flag set that prints its usage to its output (stderr unless help was
// asked for: parseFlagsHelp) and reports errors to run.
func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: %s\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; --help is a success that printed usage (errHelp).
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return usagef("%v", err)
	}
	return nil
}

// parseFlagsHelp is parseFlags with help asked for printed to stdout, as a success should be
// (mistakes still go to stderr).
func parseFlagsHelp(fs *flag.FlagSet, args []string, stdout io.Writer) error {
	if wantsHelp(args) {
		fs.SetOutput(stdout)
		fs.Usage()
		return errHelp
	}
	return parseFlags(fs, args)
}

// wantsHelp reports whether args ask for help before any "--".
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help", "--h":
			return true
		}
	}
	return false
}

// parseInterleaved parses flags wherever they are among the positional arguments
// (`ask "/relations japan korea" --format json` as well as `ask --format json …`); after "--"
// everything is positional. It returns the positional arguments in order.
func parseInterleaved(fs *flag.FlagSet, args []string, stdout io.Writer) ([]string, error) {
	if wantsHelp(args) {
		return nil, parseFlagsHelp(fs, args, stdout)
	}
	var positional []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		consumed := len(args) - fs.NArg()
		rest := fs.Args()
		if consumed > 0 && args[consumed-1] == "--" || len(rest) == 0 {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

var errHelp = errors.New("help shown")

func helpOK(err error) error {
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

func loadDispatcher() (*commands.Dispatcher, error) {
	facts, err := briefs.LoadEmbedded()
	if err != nil {
		return nil, fmt.Errorf("load facts: %w", err)
	}
	return commands.NewDispatcher(nil, facts), nil
}

func runAsk(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("ask", `briefbot ask [--format text|markdown|json|slack|discord] TEXT…

Answers one request — a slash command ("/relations japan korea") or a plain question
("what is the dokdo dispute?") — and prints the reply. Flags may come before or after the
text; after "--" everything is text. Exit status 0 when answered, including an honest
"nothing on that"; 2 for a usage error.`, stderr)
	format := fs.String("format", "text", "output format: text, markdown, json, slack (Block Kit) or discord (message JSON)")
	words, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return helpOK(err)
	}
	text := strings.TrimSpace(strings.Join(words, " "))
	if text == "" {
		fs.Usage()
		return usagef("ask needs a command or a question")
	}
	render, ok := renderers[*format]
	if !ok {
		return usagef("unknown format %q (want text, markdown, json, slack or discord)", *format)
	}
	d, err := loadDispatcher()
	if err != nil {
		return err
	}
	reply := d.Handle(ctx, commands.Request{Text: text, Platform: "cli"})
	out, err := render(text, reply)
	if err != nil {
		return fmt.Errorf("render reply: %w", err)
	}
	if _, err := stdout.Write(out); err != nil {
		return fmt.Errorf("write reply: %w", err)
	}
	if reply.Code == commands.CodeInvalid {
		return usagef("%s", unknownCommandHint(d, text))
	}
	return nil
}

// unknownCommandHint is, for a request naming no known command, a did-you-mean for the
// terminal ("" otherwise): the reply itself comes from the dispatcher, like on every platform.
func unknownCommandHint(d *commands.Dispatcher, text string) string {
	name := commands.Parse(text).Name
	if name == "" {
		return ""
	}
	var names []string
	for _, c := range d.Commands() {
		if c.Name == name {
			return ""
		}
		names = append(names, c.Name)
	}
	hint := didYouMean(name, names)
	if hint == "" {
		return ""
	}
	return "unknown command /" + name + strings.Replace(hint, `"`, `"/`, 1)
}

// renderers are the output formats of `briefbot ask`; each gets the request text too, which
// the Slack rendering needs for its buttons (they re-run the request).
var renderers = map[string]func(text string, r commands.Reply) ([]byte, error){
	"text":     func(_ string, r commands.Reply) ([]byte, error) { return []byte(commands.RenderText(r)), nil },
	"markdown": func(_ string, r commands.Reply) ([]byte, error) { return []byte(commands.RenderMarkdown(r)), nil },
	"json":     func(_ string, r commands.Reply) ([]byte, error) { return commands.RenderJSON(r) },
	"slack":    renderSlackFor,
	// Discord's More and Sources re-run the command the reply's turn names, not the text.
	"discord": func(_ string, r commands.Reply) ([]byte, error) { return discord.RenderAnswerJSON("", r) },
}

func runChat(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("chat", `briefbot chat

A terminal conversation with the bot, as in a direct message: type a question or a slash
command (/help), then follow it up ("and china?", "why?", "more", "sources"); quit or end of
input leaves.`, stderr)
	if err := parseFlagsHelp(fs, args, stdout); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 0 {
		return usagef("chat takes no arguments")
	}
	d, err := loadDispatcher()
	if err != nil {
		return err
	}
	user := getenv("USER")
	if user == "" {
		user = "local"
	}
	cfg, err := config.Load(getenv)
	if err != nil {
		return err
	}
	// The terminal is a local channel: /digest works there, editions print as they come.
	logger := newLogger(cfg, io.Discard)
	out := &lockedWriter{w: stdout}
	g, err := openDigests(ctx, cfg, logger, d, map[string]bot.Poster{store.PlatformLocal: &consolePoster{out: out}}, nil)
	if err != nil {
		return err
	}
	defer g.Close()
	// Answers go through the Bot, as on every platform: the session is a conversation kept in
	// the digest store (so a follow-up is read against the last answer), and the answers are
	// recorded there for the curators' report.
	b := bot.New(logger, d, nil, nil)
	b.Remember(g.store, 0)
	chatCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() { _ = g.scheduler.Run(chatCtx) })
	recorded := make(chan error, 1)
	wg.Go(func() { recorded <- b.Run(chatCtx) }) // writes what is left when the chat ends
	err = console.Chat(chatCtx, b, stdin, out, user, console.NewConversation())
	cancel()
	wg.Wait()
	if rerr := <-recorded; rerr != nil {
		// The chat itself went well: say what was lost, without failing it.
		fmt.Fprintf(stderr, "briefbot: this chat's answers were not recorded for the report: %v\n", rerr)
	}
	return err
}

func runFacts(args []string, stdout, stderr io.Writer) error {
	const usage = "briefbot facts validate [PATH] | briefbot facts list [--entity X] [--topic Y]"
	if len(args) == 0 {
		fmt.Fprintln(stderr, "Usage:", usage)
		return usagef("facts needs a subcommand")
	}
	switch args[0] {
	case "validate":
		return runFactsValidate(args[1:], stdout, stderr)
	case "list":
		return runFactsList(args[1:], stdout, stderr)
	case "-h", "--help":
		fmt.Fprintln(stdout, "Usage:", usage)
		return nil
	default:
		fmt.Fprintln(stderr, "Usage:", usage)
		return usagef("unknown facts subcommand %q%s", args[0], didYouMean(args[0], []string{"validate", "list"}))
	}
}

func runFactsValidate(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("facts validate", `briefbot facts validate [PATH]

Checks a fact store and reports every problem with the id of the record it belongs to.
PATH is a directory holding sources.yaml, entities.yaml, topics.yaml and facts.yaml (with the
source texts), or a single facts file checked against the embedded sources, entities and
topics. Without PATH, the store built into the binary is checked.`, stderr)
	if err := parseFlagsHelp(fs, args, stdout); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 1 {
		return usagef("validate takes at most one PATH")
	}
	var (
		data briefs.Data
		err  error
		what = "embedded store"
	)
	switch path := fs.Arg(0); {
	case path == "":
		data, err = briefs.ReadData(briefs.EmbeddedFS())
	default:
		what = path
		data, err = readDataAt(path)
	}
	if err != nil {
		return err
	}
	facts, err := briefs.New(data)
	var verr *briefs.ValidationError
	if errors.As(err, &verr) {
		fmt.Fprintf(stdout, "%s: %d problem(s)\n", what, len(verr.Problems))
		for _, p := range verr.Problems {
			fmt.Fprintf(stdout, "  %s\n", p)
		}
		return errors.New("validation failed")
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: ok — %d facts, %d entities, %d topics, %d source(s); every quote found verbatim\n",
		what, len(facts.Facts()), len(facts.Entities()), len(facts.Topics()), len(facts.Sources()))
	return nil
}

// readDataAt reads a store directory, or a single facts file checked against the embedded rest.
func readDataAt(path string) (briefs.Data, error) {
	info, err := os.Stat(path)
	if err != nil {
		return briefs.Data{}, fmt.Errorf("read %s: %w", path, err)
	}
	if info.IsDir() {
		return briefs.ReadData(os.DirFS(path))
	}
	data, err := briefs.ReadData(briefs.EmbeddedFS())
	if err != nil {
		return data, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return data, fmt.Errorf("read %s: %w", filepath.Base(path), err)
	}
	data.Facts, err = briefs.DecodeFacts(b)
	return data, err
}

func runFactsList(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("facts list", `briefbot facts list [--entity X] [--topic Y]

Lists facts (id, kind, section, text), optionally only those about an entity and/or a topic.
Names resolve like in chat: --entity korea, --entity ROK and --entity "South Korea" agree.`, stderr)
	entity := fs.String("entity", "", "only facts about this entity (name, alias or id)")
	topic := fs.String("topic", "", "only facts on this topic (name, alias or id)")
	if err := parseFlagsHelp(fs, args, stdout); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 0 {
		return usagef("facts list takes no positional arguments")
	}
	facts, err := briefs.LoadEmbedded()
	if err != nil {
		return fmt.Errorf("load facts: %w", err)
	}
	shown := facts.Facts()
	if *entity != "" {
		e := facts.EntityNamed(*entity)
		if e == nil {
			return usagef("unknown entity %q", *entity)
		}
		shown = facts.FactsWithEntities(e.ID)
	}
	if *topic != "" {
		t := facts.TopicNamed(*topic)
		if t == nil {
			return usagef("unknown topic %q", *topic)
		}
		var kept []*briefs.Fact
		for _, f := range shown {
			if f.HasTopic(t.ID) {
				kept = append(kept, f)
			}
		}
		shown = kept
	}
	for _, f := range shown {
		date := f.Date
		if date == "" {
			date = "-"
		}
		fmt.Fprintf(stdout, "%-40s %-9s %-7s %-15s %s\n", f.ID, f.Kind, date, f.Section, f.Text)
	}
	fmt.Fprintf(stdout, "%d facts\n", len(shown))
	return nil
}

// lockedWriter lets the chat and the digest scheduler write to one terminal.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
