// Package commands is briefbot's command language: it parses a slash command or a free
// question, resolves the names in it, dispatches to the handler and returns a platform-neutral
// Reply that the adapters render. It knows nothing of Slack, Discord or HTTP.
package commands
