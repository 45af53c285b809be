import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useParams, type Params, type RouteObject } from 'react-router';
import { loadNamespaces, type LazyNamespace } from '../i18n';

/**
 * Mantine's full stylesheet, for pages loaded later; the first page's components come with
 * the main bundle (styles.ts), so that the first paint waits for no more CSS than it uses.
 */
const fullStyles = () => import('../styles-full');

interface PageOptions {
  /** Starts the page's API calls while its chunk is still on the way, so that on a slow network the two round trips overlap. */
  prefetch?: (params: Params, queryClient: QueryClient) => void;
  /** False for pages made only of the first screens' components (styles.ts): they need not wait for the whole stylesheet. */
  fullStyles?: boolean;
  /** Texts kept out of the main bundle that the page reads (i18n.ts), fetched with its chunk so that it renders with them. */
  ns?: readonly LazyNamespace[];
}

/** A route whose page is a chunk of its own (`export default` the page), loaded when first visited. */
export function page(
  load: () => Promise<{ default: ComponentType }>,
  { prefetch, fullStyles: withFullStyles = true, ns = [] }: PageOptions = {},
): Pick<RouteObject, 'element'> {
  const Page = lazy(
    async () => (await Promise.all([load(), withFullStyles ? fullStyles() : undefined, loadNamespaces(ns)]))[0],
  );
  return { element: <LazyPage page={Page} prefetch={prefetch} /> };
}

function LazyPage({ page: Page, prefetch }: { page: ComponentType; prefetch?: PageOptions['prefetch'] }) {
  const params = useParams();
  const queryClient = useQueryClient();
  useEffect(() => prefetch?.(params, queryClient), [prefetch, params, queryClient]);
  return (
    <Suspense>
      <Page />
    </Suspense>
  );
}
