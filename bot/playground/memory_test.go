package playground

import (
	"context"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

// memFake is an in-memory store.Memory, until the SQLite store has one.
type memFake struct {
	mu      sync.Mutex
	turns   map[string]memTurn
	answers map[string]store.Answer
	votes   map[[2]string]store.Vote // answer id, user
}

type memTurn struct {
	raw []byte
	at  time.Time
}

func newMemFake() *memFake {
	return &memFake{turns: map[string]memTurn{}, answers: map[string]store.Answer{}, votes: map[[2]string]store.Vote{}}
}

func (m *memFake) SaveTurn(_ context.Context, key string, turn []byte, at, _ time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.turns[key] = memTurn{raw: append([]byte(nil), turn...), at: at}
	return nil
}

func (m *memFake) LoadTurn(_ context.Context, key string, since time.Time) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t, ok := m.turns[key]
	if !ok || t.at.Before(since) {
		return nil, store.ErrNotFound
	}
	return t.raw, nil
}

func (m *memFake) RecordAnswers(_ context.Context, answers []store.Answer) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, a := range answers {
		if old, ok := m.answers[a.ID]; ok {
			old.Count += a.Count
			old.At = a.At
			a = old
		}
		m.answers[a.ID] = a
	}
	return nil
}

func (m *memFake) Vote(_ context.Context, v store.Vote) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.votes[[2]string{v.AnswerID, v.User}] = v
	return nil
}

func (m *memFake) Report(_ context.Context, f store.ReportFilter) ([]store.AnswerReport, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []store.AnswerReport
	for _, a := range m.answers {
		r := store.AnswerReport{Answer: a, FirstAt: a.At}
		for k, v := range m.votes {
			if k[0] != a.ID {
				continue
			}
			if v.Up {
				r.Up++
			} else {
				r.Down++
				r.Voters = append(r.Voters, v.User)
			}
		}
		if !a.Found || r.Down > r.Up {
			out = append(out, r)
		}
	}
	return out, nil
}
