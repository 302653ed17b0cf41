import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/*
 * The published dataset has one source, the project's top-level nmt-data.json:
 * the build publishes it only when the widgets would use it, and never
 * overwrites a publisher's edit of the published copy without saying so.
 */
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
interface Published {
  first: Run;
  second?: Run;
  publishedAfter?: string;
}
const publish = (payload: { source?: string; edit?: string }) =>
  executeServerCommand<Published, { source?: string; edit?: string }>('nmt-publish', payload);

describe('the published dataset', () => {
  it('keeps an edit of dist/publish/nmt-data.json, says where edits go, and publishes nothing over it', async () => {
    const edit = '{"schemaVersion": 1, "edited": "by hand"}\n';
    const { first, second, publishedAfter } = await publish({ edit });
    expect(first.code, first.stderr).to.equal(0);
    expect(second!.code).to.equal(1);
    expect(second!.stderr).to.contain('dist/publish/nmt-data.json was changed after the last build');
    expect(second!.stderr).to.contain('published from nmt-data.json at the top of the project');
    expect(publishedAfter).to.equal(edit);
  });

  it('refuses to publish a source the widgets would not use, naming the errors', async () => {
    const { first } = await publish({ source: '{"schemaVersion": 1}' });
    expect(first.code).to.equal(1);
    expect(first.stderr).to.contain('nmt-data.json is not a dataset the widgets would use');
    expect(first.stderr).to.match(/updated: missing/);
    expect(first.stderr).to.contain('npx nmt-widgets check nmt-data.json');
  });

  it('publishes the source as written, with its schema beside it', async () => {
    const { first } = await publish({});
    expect(first.code, first.stderr).to.equal(0);
    expect(first.stdout).to.match(/dist\/publish\/ written: nmt-widgets [\d.]+, 2 files with integrity/);
  });
});

describe('npm run serve:publish', () => {
  it('serves dist/publish/ with its own headers and prints the addresses and the snippet to paste', async () => {
    const { stdout, status, headers } = await executeServerCommand<
      { stdout: string; status: number; headers: Record<string, string> },
      undefined
    >('nmt-serve-publish');
    expect(stdout).to.match(
      /script \(versioned, never changes\) +http:\/\/127\.0\.0\.1:\d+\/nmt-widgets-[\d.]+\.iife\.js/,
    );
    expect(stdout).to.match(/integrity="sha384-[A-Za-z0-9+/=]{64}"/);
    expect(stdout).to.match(/data-src="http:\/\/127\.0\.0\.1:\d+\/nmt-data\.json"/);
    expect(status).to.equal(200);
    expect(headers).to.include({
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=300, must-revalidate',
      'content-type': 'application/json; charset=utf-8',
    });
  });
});
