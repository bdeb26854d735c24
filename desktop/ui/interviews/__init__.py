"""The Interviews page: participants, consent, the conversation with the model, the card, the
survey."""
