import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

/**
 * Mantine Anchor and Button rendered as router links, with typed `to`/`params`
 * (Mantine's polymorphic `component={Link}` loses the route types).
 */
type AnchorBaseProps = AnchorProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'> & {
    ref?: Ref<HTMLAnchorElement>;
  };

function AnchorBase(props: AnchorBaseProps) {
  return <Anchor component="a" {...props} />;
}

type ButtonBaseProps = ButtonProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'> & {
    ref?: Ref<HTMLAnchorElement>;
  };

function ButtonBase(props: ButtonBaseProps) {
  return <Button component="a" {...props} />;
}

export const AnchorLink = createLink(AnchorBase);
export const ButtonLink = createLink(ButtonBase);
