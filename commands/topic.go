package commands

import (
	"context"
	"fmt"
	"strings"
)

var topicKinds = []string{TargetTopic, TargetEntity}

func (d *Dispatcher) handleTopic() Handler {
	return func(ctx context.Context, req Request, args string) (Reply, error) {
		if strings.TrimSpace(args) == "" {
			var names []string
			for _, t := range d.store.Topics() {
				names = append(names, t.Name)
			}
			return Reply{}, &Error{Code: CodeInvalid, Message: "Which topic?", Usage: "e.g. /topic dokdo. Topics: " + strings.Join(names, ", ")}
		}
		ms, unknown := d.resolver.Resolve(args, topicKinds...)
		if len(unknown) > 0 || len(ms) == 0 {
			return d.unknownReply("topic", args, unknown, topicKinds), nil
		}
		if len(ms) > 1 {
			// "/topic japan korea" is a relations question in topic words.
			if allEntities(ms) {
				return d.handleRelations()(ctx, req, args)
			}
			return Reply{}, &Error{Code: CodeInvalid, Message: "Name one topic at a time.", Usage: "e.g. /topic comfort women"}
		}
		m := ms[0]
		if m.Kind == TargetEntity {
			return d.entityReply(m), nil
		}
		b := d.store.TopicBrief(m.ID)
		r := d.fromBrief(b)
		r.Notes = correctionNotes(ms)
		if b.Empty() {
			r.Code = CodeNotFound
			r.Title = fmt.Sprintf("I have no facts on %s.", m.Name)
			r.Ephemeral = true
		}
		return r, nil
	}
}

func allEntities(ms []Match) bool {
	for _, m := range ms {
		if m.Kind != TargetEntity {
			return false
		}
	}
	return true
}
