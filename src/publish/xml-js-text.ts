/**
 * Returns text prepared for xml-js (the serializer inside `feed`). xml-js's writeText first turns
 * every `&amp;` back into `&` "to avoid double sanitization" and then escapes `& < >`, so an editor's
 * literal "&amp;" would come out as "&". Escaping every `&` first makes its un-escaping exact: each
 * `&amp;` it finds is one we added. Use for every `_text` value and for values feed emits as text.
 */
export function xmlJsText(text: string): string {
  return text.replace(/&/g, '&amp;');
}
