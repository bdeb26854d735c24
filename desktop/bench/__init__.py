"""Measurements of this machine (the bench command): headless orchestration here, the Qt probes
in desktop/ui/bench."""
