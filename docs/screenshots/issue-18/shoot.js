// Screenshots of issue 18 (docs/screenshots/issue-18/README.md): node shoot.js BASE OUTDIR, against a running MotCua with its demo data.
// It drives /usr/bin/chromium with the playwright-core that the Microsoft.Playwright NuGet package carries (no download).
const { chromium, request } = require(process.env.HOME + '/.nuget/packages/microsoft.playwright/1.64.1/.playwright/package');
const [base, out] = process.argv.slice(2);
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const shot = async (page, name) => { await page.waitForLoadState('networkidle'); await page.screenshot({ path: `${out}/${name}.png` }); console.log(name, page.url()); };
  const ctx = async (w, h) => browser.newContext({ baseURL: base, locale: 'vi-VN', viewport: { width: w, height: h } });
  // Public front page, desktop and phone.
  let c = await ctx(1280, 900); let p = await c.newPage();
  await p.goto('/'); await shot(p, 'front-public-1280');
  await c.close();
  c = await ctx(390, 844); p = await c.newPage();
  await p.goto('/'); await shot(p, 'front-public-390');
  await c.close();
  const signIn = async (page, user) => {
    await page.goto('/Account/Login');
    await page.fill('#userName', user); await page.fill('#password', 'MotCua@2024');
    await page.click('form button[type=submit].primary');
    await page.waitForURL(u => !u.pathname.includes('/Account/Login'));
  };
  // The receptionist's day.
  c = await ctx(1280, 900); p = await c.newPage();
  await signIn(p, 'tiepnhan.xa');
  await p.goto('/'); await shot(p, 'front-officer-1280');
  await p.goto('/Dossiers'); await shot(p, 'inbox-1280');
  // The same kind of dossier in both builds: one whose result waits to be returned (the receptionist's next move).
  const api = await request.newContext({ baseURL: base });
  const login = await (await api.post('/api/v1/auth/login', { data: { userName: 'tiepnhan.xa', password: 'MotCua@2024' } })).json();
  const list = await (await api.get('/api/v1/dossiers?status=resultIssued&pageSize=1', { headers: { Authorization: 'Bearer ' + login.accessToken } })).json();
  await p.goto('/Dossiers/Detail/' + list.items[0].code); await p.waitForLoadState('networkidle');
  await p.screenshot({ path: `${out}/dossier-1280.png`, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2400 } }); console.log('dossier', p.url());
  await p.goto('/Dossiers/New'); await shot(p, 'intake-1280');
  await c.close();
  // The leader's dashboard.
  c = await ctx(1280, 900); p = await c.newPage();
  await signIn(p, 'lanhdao.xa');
  await p.goto('/Dashboard'); await shot(p, 'dashboard-1280');
  await c.close();
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
