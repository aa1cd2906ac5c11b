import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { watchForTopic } from '@/entrypoints/watch.content/topic-watch';

/*
 * The watch script's one decision: load the checker once this page mentions gut health, and
 * never on a page that does not. Driven on happy-dom's DOM; the real browsers run it in every
 * end-to-end test (no page there is marked unless this fires).
 */
let controller: AbortController;
let onTopic: Mock<() => void>;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

beforeEach(() => {
  document.head.innerHTML = '<title>Weekend recipes</title>';
  document.body.innerHTML = '<main><p>Roast the squash with thyme.</p><p id="ticker">0</p></main>';
  controller = new AbortController();
  onTopic = vi.fn<() => void>();
});
afterEach(() => controller.abort());

describe('watchForTopic', () => {
  it('fires at once for a page whose text mentions the topic, and only once', async () => {
    document.body.insertAdjacentHTML('beforeend', '<p>Bone broth seals a leaky gut.</p>');
    watchForTopic(document, onTopic, controller.signal);
    document.body.insertAdjacentHTML('beforeend', '<p>More on the gut lining.</p>');
    await settle();
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('reads the title: a page headed "Leaky gut" fires', () => {
    document.title = 'Leaky gut: what we know';
    watchForTopic(document, onTopic, controller.signal);
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('stays quiet on an ordinary page, through text changes that do not mention the topic', async () => {
    watchForTopic(document, onTopic, controller.signal);
    const ticker = document.getElementById('ticker')!.firstChild as Text;
    for (let i = 1; i <= 20; i++) ticker.data = String(i);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Serve with crusty bread.</p>');
    await settle();
    expect(onTopic).not.toHaveBeenCalled();
  });

  it('fires when a post mentioning the topic is added later (a feed, an SPA view)', async () => {
    watchForTopic(document, onTopic, controller.signal);
    await settle();
    const post = document.createElement('article');
    post.innerHTML = '<p>my <b>gut</b> has never been better</p>';
    document.querySelector('main')!.append(post);
    await settle();
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('fires when existing text changes to mention the topic', async () => {
    watchForTopic(document, onTopic, controller.signal);
    (document.getElementById('ticker')!.firstChild as Text).data = 'Probiotics: what the trials say';
    await settle();
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('finds the topic inside an open shadow root, there at the start or filled in later', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Nothing here yet.</p>';
    document.body.append(host);
    watchForTopic(document, onTopic, controller.signal);
    await settle();
    expect(onTopic).not.toHaveBeenCalled();
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Collagen rebuilds your gut wall!' }));
    await settle();
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('reads image alt text, which the checker reads too', async () => {
    document.body.insertAdjacentHTML('beforeend', '<img alt="Infographic: 5 signs of a leaky gut" src="data:,">');
    watchForTopic(document, onTopic, controller.signal);
    await settle();
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('sees a word a stream writes in pieces, one text node at a time', async () => {
    watchForTopic(document, onTopic, controller.signal);
    const line = document.createElement('p');
    document.querySelector('main')!.append(line);
    await settle();
    for (const piece of ['my ', 'intes', 'tinal ', 'lining']) line.append(piece);
    await settle();
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  const tick = async (ticker: Text, times: number) => {
    for (let i = 1; i <= times; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      ticker.data = `Score ${i}`; // a change within 100 ms of the last: the ticker is left out
    }
  };

  it('leaves a ticking node out while it ticks, and tests it when it is handed back', async () => {
    watchForTopic(document, onTopic, controller.signal);
    const ticker = document.getElementById('ticker')!.firstChild as Text;
    await tick(ticker, 5);
    ticker.data = 'Gut feeling: the home side wins';
    await settle();
    expect(onTopic, 'left out: a ticking node is not read change by change').not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onTopic).toHaveBeenCalledTimes(1), { timeout: 2000 });
  });

  it('reads what a left-out node gained when it is handed back: an image\'s alt text, a shadow root', async () => {
    watchForTopic(document, onTopic, controller.signal);
    const ticker = document.getElementById('ticker')!;
    await tick(ticker.firstChild as Text, 5);
    const host = document.createElement('span');
    host.attachShadow({ mode: 'open' }).innerHTML = '<b>Zonulin, explained</b>';
    ticker.append(host);
    await settle();
    expect(onTopic, 'left out: not heard at once').not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onTopic).toHaveBeenCalledTimes(1), { timeout: 2000 });
  });

  it('walks a left-out node from its start when it is handed back, though it was walked once when added', async () => {
    watchForTopic(document, onTopic, controller.signal);
    const live = document.createElement('div');
    live.innerHTML = 'Score 0<i>live</i>';
    document.querySelector('main')!.append(live); // added: read and walked to its end (the <i>)
    await settle();
    for (let i = 1; i <= 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      (live.firstChild as Text).data = `Score ${i}`; // the div itself is left out
    }
    const host = document.createElement('span');
    host.attachShadow({ mode: 'open' }).innerHTML = '<b>Zonulin, explained</b>';
    live.prepend(host); // before where the old walk ended
    await vi.waitFor(() => expect(onTopic).toHaveBeenCalledTimes(1), { timeout: 2500 });
  });

  it('still hears the rest of the page at once while a ticker is left out', async () => {
    watchForTopic(document, onTopic, controller.signal);
    const ticker = document.getElementById('ticker')!.firstChild as Text;
    await tick(ticker, 5);
    (document.querySelector('p')!.firstChild as Text).data = 'Roast the squash; it is kind to the gut.';
    await settle();
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('hears the ticking node change by change again once it is handed back and quiet', async () => {
    watchForTopic(document, onTopic, controller.signal);
    const ticker = document.getElementById('ticker')!.firstChild as Text;
    await tick(ticker, 3);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(onTopic).not.toHaveBeenCalled();
    ticker.data = 'Probiotics after antibiotics?';
    await settle();
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('keeps walking a root when the page removes the element the walk stood on', async () => {
    // Enough elements for several slices; after the first slice the list it stands in goes.
    const filler = Array.from({ length: 20_000 }, (_, i) => `<span>item ${i}</span>`).join('');
    document.querySelector('main')!.insertAdjacentHTML('beforeend', `<div id="list">${filler}</div>`);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Zonulin, explained.</p>';
    document.body.append(host); // last in document order: reached only if the walk goes on
    watchForTopic(document, onTopic, controller.signal);
    setTimeout(() => document.getElementById('list')!.remove(), 0); // runs after the first slice
    await vi.waitFor(() => expect(onTopic).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  it('tests a very long text slice by slice, and still finds a topic word at its very end', async () => {
    document.querySelector('main')!.append(`${'Plain words about the weather. '.repeat(40_000)}#leakygut`);
    watchForTopic(document, onTopic, controller.signal);
    expect(onTopic, 'not in the first task: the text is over a million characters').not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onTopic).toHaveBeenCalledTimes(1), { timeout: 3000 });
  });

  it('does nothing once its signal is aborted (the extension was updated or removed)', async () => {
    watchForTopic(document, onTopic, controller.signal);
    controller.abort();
    document.body.insertAdjacentHTML('beforeend', '<p>Leaky gut causes everything.</p>');
    await settle();
    expect(onTopic).not.toHaveBeenCalled();
  });
});
