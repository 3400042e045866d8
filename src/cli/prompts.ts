// The prompts amz-help shows, in one module that is only ever loaded with await import(): the
// bundle then carries these prompts and not all of @inquirer/prompts (its editor prompt alone
// brings iconv-lite and chardet, about 400 KB that every wizard start would load).
export { checkbox, input, search, select, Separator } from '@inquirer/prompts';
