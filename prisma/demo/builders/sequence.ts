// One counter per process keeps generated names and e-mails unique across builders,
// so two rows made with defaults never collide on a unique index.
let counter = 0;

export function nextSequence(): number {
  counter += 1;
  return counter;
}
