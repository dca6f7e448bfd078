package briefs

import (
	"slices"
	"testing"
)

// The index lists are in store order; intersecting and joining them keeps that order.
func TestIntersectAndUnion(t *testing.T) {
	tests := []struct {
		lists        [][]int32
		inAll, inAny []int32
	}{
		{nil, nil, nil},
		{[][]int32{{1, 4, 9}}, []int32{1, 4, 9}, []int32{1, 4, 9}},
		{[][]int32{{1, 4, 9}, {2, 4, 9, 11}}, []int32{4, 9}, []int32{1, 2, 4, 9, 11}},
		{[][]int32{{3}, {1, 2}, {2, 3, 5}}, []int32{}, []int32{1, 2, 3, 5}},
		{[][]int32{{}, {7}}, []int32{}, []int32{7}},
	}
	for _, tt := range tests {
		if got := unionOf(tt.lists); !slices.Equal(got, tt.inAny) {
			t.Errorf("unionOf(%v) = %v, want %v", tt.lists, got, tt.inAny)
		}
		if got := intersect(slices.Clone(tt.lists)); !slices.Equal(got, tt.inAll) {
			t.Errorf("intersect(%v) = %v, want %v", tt.lists, got, tt.inAll)
		}
	}
}
