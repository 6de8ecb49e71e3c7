package iterchan

import "testing"

func TestProbe(t *testing.T) {
	done := make(chan error, 1)
	go func() { done <- upload() }()
	select {
	case <-done:
		t.Fatal("delivered before the hook was released") // the case is not reported: its arrival fails the test
	default:
	}
	select {
	case <-done:
		t.Errorf("delivered twice") // the case is not reported either
	default:
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
