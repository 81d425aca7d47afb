// Builds Passerelle's list of common passwords from zxcvbn-ts's (the most used passwords of public breaches).
// Usage: npm install && node build.mjs   (writes ../../src/main/resources/accounts/common-passwords.txt)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const passwords = require('@zxcvbn-ts/language-common/src/passwords.json');
// Shorter passwords are refused by the length rule (PasswordForm) already.
const MINIMUM_LENGTH = 12;

const kept = [...new Set(passwords.map((p) => p.toLowerCase()).filter((p) => p.length >= MINIMUM_LENGTH))].sort();
const header = [
  '# Common passwords refused when a password is chosen (compared in lower case), one a line.',
  `# Those of ${MINIMUM_LENGTH} characters or more among the ${passwords.length} of @zxcvbn-ts/language-common 4.1.3`,
  '# (src/passwords.json; MIT licence, Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc., (c) 2021 @zxcvbn-ts).',
  '# Built by tools/common-passwords/build.mjs; see its README for the licence text.',
];
const out = new URL('../../src/main/resources/accounts/common-passwords.txt', import.meta.url);
writeFileSync(out, [...header, ...kept].join('\n') + '\n');
console.log(`common-passwords.txt: ${kept.length} passwords`);
