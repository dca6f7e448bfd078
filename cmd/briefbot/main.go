// Command briefbot briefs people on Asia-Pacific alliance politics around the June 2022 NATO
// summit, from the terminal, Slack and Discord. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}

func exitCode(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		if ue.msg != "" {
			fmt.Fprintln(os.Stderr, "briefbot:", ue.msg)
		}
		return 2
	default:
		fmt.Fprintln(os.Stderr, "briefbot:", err)
		return 1
	}
}
