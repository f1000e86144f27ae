"""How the team works together: meetings, decisions and escalation."""
