"""Qt controllers."""
