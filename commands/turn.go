package commands

// Turn is what a conversation remembers of its last answer: enough to read a follow-up
// against it without keeping the answer itself. It is stored as JSON (see the json tags) in
// the store every replica shares, so its fields are part of that contract.
type Turn struct {
	// Command is the request that gives the answer again: "/relations japan, south korea",
	// "/country yoon suk-yeol", or the question that was asked.
	Command string `json:"command"`
	// Name is the command that answered ("relations", "country", "topic", "ask", …).
	Name string `json:"name"`
	// Actors are the entities the answer is about, in the order asked.
	Actors []string `json:"actors,omitempty"`
	// Things are the other entities a question named (a route, an island, an agreement):
	// what "it" stands for in a follow-up.
	Things []string `json:"things,omitempty"`
	// Topic is the topic the answer is about, for /topic.
	Topic string `json:"topic,omitempty"`
	// Facts are the ids of the facts shown, in order.
	Facts []string `json:"facts,omitempty"`
	// Next is the command that shows the next page of the answer; empty on the last page.
	Next string `json:"next,omitempty"`
}
