// Package digest runs scheduled digests: the /digest commands that subscribe, edit, send,
// list, pause, resume and unsubscribe, schedules read the way people type them, and the
// scheduler that posts each due slot exactly once across restarts and replicas — claiming it
// in the store's ledger under a short lease that any replica may take over once it runs out.
package digest
