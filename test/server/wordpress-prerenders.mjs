/**
 * The server command behind test/wordpress/prerenders.test.ts: compares the prerenders the browser made with
 * wordpress/nmt-widgets/prerenders.json, and writes them there when NMT_WRITE_PRERENDERS=1
 * (`npm run wordpress:prerenders`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

const FILE = 'wordpress/nmt-widgets/prerenders.json';

export const wordpressPrerenders = {
  name: 'nmt-wordpress-prerenders',
  executeCommand({ command, payload }) {
    if (command !== 'wordpress-prerenders') return undefined;
    const text = `${JSON.stringify(payload, null, 1)}\n`;
    const same = existsSync(FILE) && readFileSync(FILE, 'utf8') === text;
    const write = !same && process.env.NMT_WRITE_PRERENDERS === '1';
    if (write) writeFileSync(FILE, text);
    return { same, written: write };
  },
};
