"""Measurements of this machine (the bench command): headless orchestration; Qt probes live in desktop/ui/bench."""
