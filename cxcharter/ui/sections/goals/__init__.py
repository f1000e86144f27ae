"""Goals and objectives: goals with metric, baseline, target and progress."""
