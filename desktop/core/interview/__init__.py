"""The interview protocol (Moral Graph Elicitation), Qt-free: prompts, stages, card checks."""
