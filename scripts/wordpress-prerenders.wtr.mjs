/**
 * `npm run wordpress:prerenders`: the one browser test that makes the WordPress plugin's prerenders
 * (test/wordpress/prerenders.test.ts), run with NMT_WRITE_PRERENDERS=1 so that it writes them to
 * wordpress/nmt-widgets/prerenders.json. Run it after changing a widget's markup or styles.
 */
import base from '../web-test-runner.config.mjs';

export default { ...base, groups: undefined, files: ['test/wordpress/prerenders.test.ts'] };
