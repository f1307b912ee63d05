// Checks, in the reader's browser, that a log entry is included in the signed tree: the leaf hash is recomputed from
// the entry bytes (RFC 9162 §2.1.1: SHA-256(0x00 || entry)) and the inclusion proof folded up to the root
// (§2.1.3.2, node hash SHA-256(0x01 || left || right)). Nothing is taken from the server but the bytes and hashes.
const decode = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

const equal = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

async function sha256(...parts) {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const buffer = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    buffer.set(part, offset);
    offset += part.length;
  }
  return new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
}

/** RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or an error saying why the proof is malformed. */
export async function rootFromInclusion(index, size, leafHash, path) {
  if (index >= size) {
    throw new Error(`leaf ${index} is not in a tree of size ${size}`);
  }
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of path) {
    if (sn === 0) {
      throw new Error("the proof is longer than the tree is deep");
    }
    if (fn % 2 === 1 || fn === sn) {
      r = await sha256(Uint8Array.of(1), p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = await sha256(Uint8Array.of(1), r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) {
    throw new Error("the proof is shorter than the tree is deep");
  }
  return r;
}

async function check(section) {
  const result = section.querySelector("#inclusion-result");
  const show = (state, text) => {
    result.dataset.state = state;
    result.textContent = text;
  };
  if (!window.crypto || !crypto.subtle) {
    show("failed", section.dataset.textUnsupported);
    return;
  }
  try {
    const entry = decode(section.dataset.entry);
    const path = (section.dataset.path || "").split(" ").filter((h) => h.length > 0).map(decode);
    const root = decode(section.dataset.root);
    const leaf = await sha256(Uint8Array.of(0), entry);
    const computed = await rootFromInclusion(Number(section.dataset.leafIndex), Number(section.dataset.treeSize), leaf, path);
    if (equal(computed, root)) {
      show("verified", section.dataset.textVerified);
    } else {
      const b64 = btoa(String.fromCharCode(...computed));
      show("failed", `${section.dataset.textFailed} ${b64} ≠ ${section.dataset.root}`);
    }
  } catch (e) {
    show("failed", `${section.dataset.textFailed} ${e.message}`);
  }
}

function checkAll() {
  document.querySelectorAll("[data-inclusion]").forEach((section) => check(section));
}

checkAll();
if (window.Blazor) {
  window.Blazor.addEventListener("enhancedload", checkAll);
}
