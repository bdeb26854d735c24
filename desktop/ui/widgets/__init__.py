"""Small widgets shared by several areas (kiosk PIN, waiting, chat transcript, editable lists)."""
