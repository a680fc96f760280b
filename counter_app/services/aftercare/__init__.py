"""After the job: follow-up calls, complaints, consultations, and the monthly after-care figures."""
