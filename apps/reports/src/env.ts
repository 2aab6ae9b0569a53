/** Configuration of the reports app, from environment variables (placeholder: the real schema lands here). */
export {};
