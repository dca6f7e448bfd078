// Package console is the terminal adapter: `briefbot chat` reads lines from a terminal (or a
// pipe) and answers each as a direct message would be answered. A terminal session is one
// conversation: a follow-up ("and china?", "why?", "more") is read against the last answer.
package console

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

// Prompt is printed before each line the user types.
const Prompt = "you> "

// Platform is the request platform the terminal reports.
const Platform = "console"

// NewConversation names a terminal session's conversation: "terminal-" and random hex, so two
// chats of one user (two terminals, or two machines on one database) each keep their own.
func NewConversation() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand)
	return "terminal-" + hex.EncodeToString(b[:])
}

// Chat runs a conversation until in ends, the user types "quit" or "exit", or ctx is done.
// Each line is a question or a slash command, asked in the named conversation; replies are
// rendered as plain text.
func Chat(ctx context.Context, bot commands.Answerer, in io.Reader, out io.Writer, user, conversation string) error {
	fmt.Fprintln(out, "briefbot — ask about the US's Asia-Pacific allies at the June 2022 NATO summit.")
	fmt.Fprintln(out, "Type a question or a command (/help), or quit to leave.")
	fmt.Fprintln(out, "Follow an answer up with: and china? · why? · more · sources · when?")
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		errc <- sc.Err()
		close(lines)
	}()
	for {
		fmt.Fprint(out, Prompt)
		select {
		case <-ctx.Done():
			fmt.Fprintln(out)
			return nil
		case err := <-errc:
			fmt.Fprintln(out)
			if err != nil {
				return fmt.Errorf("read input: %w", err)
			}
			return nil
		case line, ok := <-lines:
			if !ok {
				fmt.Fprintln(out)
				return nil
			}
			line = strings.TrimSpace(line)
			switch strings.ToLower(line) {
			case "":
				continue
			case "quit", "exit", "/quit", "/exit":
				return nil
			}
			// The terminal is a channel of the local platform, and its user manages it.
			reply := bot.Handle(ctx, commands.Request{Text: line, Platform: Platform,
				PostPlatform: store.PlatformLocal, Channel: "local", User: user,
				CanManage: true, Conversation: conversation})
			fmt.Fprintln(out)
			fmt.Fprint(out, commands.RenderText(reply))
			fmt.Fprintln(out)
		}
	}
}
