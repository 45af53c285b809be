import { useSearchParams } from 'react-router';

/** Changes to the address's parameters: a value sets one, `undefined` (or empty) removes it. */
export type AddressChanges = Record<string, string | undefined>;

/**
 * The page's address parameters and a way to change them, so that a filtered list can be reloaded and shared.
 * Other parameters are kept; a change to anything but `page` starts the list again (drops `page`). The address
 * is replaced, not pushed, so that Back leaves the page instead of stepping through every filter.
 */
export function useAddressParams(): [URLSearchParams, (changes: AddressChanges) => void] {
  const [params, setParams] = useSearchParams();
  const update = (changes: AddressChanges) => {
    // From the address as it is now, not as this render saw it: React Router does not queue changes as
    // setState does (its updater gets the render's parameters), so of two quick changes, one per end of a
    // date range, the second would drop the first. Its navigation writes the address at once.
    const next = new URLSearchParams(window.location.search);
    if (!('page' in changes)) next.delete('page');
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return [params, update];
}
