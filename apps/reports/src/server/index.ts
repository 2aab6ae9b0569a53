/** The briefing download server (placeholder: the real createApp lands here). */
export {};
