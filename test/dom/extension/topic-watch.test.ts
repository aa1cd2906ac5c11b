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

  it('does nothing once its signal is aborted (the extension was updated or removed)', async () => {
    watchForTopic(document, onTopic, controller.signal);
    controller.abort();
    document.body.insertAdjacentHTML('beforeend', '<p>Leaky gut causes everything.</p>');
    await settle();
    expect(onTopic).not.toHaveBeenCalled();
  });
});
