// The `linebreak` package ships no types; this is the part of its API we use.
declare module 'linebreak' {
  interface Break {
    /** Offset (UTF-16) before which a line may start. */
    position: number;
    /** A mandatory break (a newline). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
