// Demo backend "weather": made-up forecasts, and an `echo` that the notes backend has too (to show prefixing).
import { schema, serveDemo, text } from './serve.mjs';

const SKIES = ['sunny', 'cloudy', 'light rain', 'windy', 'snow showers'];

export function startWeather(port = 4501) {
  return serveDemo('weather', port, (server) => {
    server.registerTool(
      'forecast',
      { description: 'Tomorrow\'s (made-up) weather for a city', inputSchema: schema({ city: { type: 'string' } }, ['city']), annotations: { readOnlyHint: true } },
      ({ city }) => {
        const n = [...city].reduce((a, c) => a + c.charCodeAt(0), 0);
        return text(`${city}: ${SKIES[n % SKIES.length]}, ${5 + (n % 20)} °C`);
      },
    );
    server.registerTool('echo', { description: 'Echoes its text (weather\'s copy)', inputSchema: schema({ text: { type: 'string' } }, ['text']) }, ({ text: t }) =>
      text(`weather echoes: ${t}`),
    );
  });
}
