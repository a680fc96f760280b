"""What every service shares: permission checks and ticket events (common), the frozen data classes services return (dto), and fast read-only Core statements (reads)."""
