package store

import (
	"errors"
	"fmt"
)

// Code classifies a store error for callers: what they can do about it
// depends on the code, never on a driver's message.
type Code string

const (
	CodeInvalid  Code = "invalid"   // bad input; tell the user
	CodeNotFound Code = "not_found" // no such subscription or slot
	CodeConflict Code = "conflict"  // duplicate, already completed, or paused
	// CodeUnavailable: the database is busy, locked, unreachable or asked the
	// client to retry; the operation may succeed if tried again.
	CodeUnavailable Code = "unavailable"
	CodeInternal    Code = "internal" // anything else: a bug or a broken database
)

// Sentinels for errors.Is: each matches every *Error with its code.
var (
	ErrInvalid     = &Error{Code: CodeInvalid}
	ErrNotFound    = &Error{Code: CodeNotFound}
	ErrConflict    = &Error{Code: CodeConflict}
	ErrUnavailable = &Error{Code: CodeUnavailable}
	ErrInternal    = &Error{Code: CodeInternal}
)

// Error is the one error type both backends return (wrapped in context).
type Error struct {
	Code    Code
	Message string // safe to show a user; may be empty
	Err     error  // the driver's error, if any
}

func (e *Error) Error() string {
	msg := e.Message
	if msg == "" {
		msg = string(e.Code)
	}
	if e.Err != nil {
		return msg + ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Is makes the bare sentinels (code only) match any error with that code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Message == "" && t.Err == nil && t.Code == e.Code
}

// Errorf makes an *Error with a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns err's code: "" for nil, CodeInternal for errors that
// carry none.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// ErrorMessage returns the user-safe message of err, or a generic one for
// errors that are not the user's business.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Message != "" && e.Code != CodeInternal {
		return e.Message
	}
	return "internal error"
}
