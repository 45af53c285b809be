import './styles';
import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client';
import './i18n';
import { AppRoutes } from './routes';

const theme = createTheme({
  primaryColor: 'blue',
  // Darker shades than Mantine's defaults keep text on light backgrounds at WCAG AA contrast.
  primaryShade: { light: 8, dark: 5 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    // Numbers are typed as they are read in Indonesia, in either language (id-ID and en-ID agree, see
    // useFormat): 24.000 and 6,5. A plain object, so that NumberInput itself stays out of the main bundle.
    NumberInput: { defaultProps: { thousandSeparator: '.', decimalSeparator: ',' } },
  },
});

// Mantine's dimmed text (gray 6) reads at 3.3:1 on white; gray 7 keeps secondary text at WCAG AA (4.5:1).
// Its field errors (red 6) read at 3.3:1 too; red 8 (4.5:1), as the dark scheme's, keeps them readable.
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});

// The toasts' container (with its transitions) is not needed for the first paint. It is asked for once the
// browser is idle, so that its three small chunks do not hold connections the page's own chunk and data need
// on a slow network; a toast shown before then waits in Mantine's store.
const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

function NotificationsWhenIdle() {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const id = requestIdleCallback(() => setIdle(true), { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }, []);
  return idle ? (
    <Suspense>
      <Notifications position="top-center" />
    </Suspense>
  ) : null;
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will answer the same again; retry only what may pass (network, 5xx, 429).
      retry: (failures, error) =>
        failures < 2 && !(error instanceof ApiError && error.status < 500 && error.status !== 429),
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <NotificationsWhenIdle />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
