// Demo backend "notes": an in-memory notebook, and an `echo` that the weather backend has too.
import { schema, serveDemo, text } from './serve.mjs';

export function startNotes(port = 4502) {
  const notes = [];
  return serveDemo('notes', port, (server) => {
    server.registerTool('add_note', { description: 'Remembers a note (until the demo stops)', inputSchema: schema({ text: { type: 'string' } }, ['text']) }, ({ text: t }) => {
      notes.push(t);
      return text(`noted (${notes.length} in total)`);
    });
    server.registerTool('list_notes', { description: 'Lists the notes', inputSchema: schema(), annotations: { readOnlyHint: true } }, () =>
      text(notes.length === 0 ? 'no notes yet' : notes.map((n, i) => `${i + 1}. ${n}`).join('\n')),
    );
    server.registerTool('echo', { description: 'Echoes its text (notes\' copy)', inputSchema: schema({ text: { type: 'string' } }, ['text']) }, ({ text: t }) =>
      text(`notes echoes: ${t}`),
    );
  });
}
