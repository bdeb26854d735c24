"""Qt probes the bench command drives: streaming, interview, labelling and graph-view figures."""
