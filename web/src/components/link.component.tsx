import type { AnchorHTMLAttributes } from 'react';
import { onLinkClick } from '../router.ts';

/** An internal link: a real anchor, followed without reloading the page. */
export function Link({ to, ...rest }: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return <a href={to} onClick={onLinkClick} {...rest} />;
}
