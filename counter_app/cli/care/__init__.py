"""Commands of after-care: follow-up calls, complaints, consultations, appointments and messages to customers."""
