"""The Moral graph page: the view, its replay, filters, ranking table and card details."""
