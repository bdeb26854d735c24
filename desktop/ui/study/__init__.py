"""The Study page: questions, demographic fields, the closing survey."""
