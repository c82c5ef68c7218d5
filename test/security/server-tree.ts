import { cloneElement, isValidElement, type ReactElement, type ReactNode, Suspense } from "react";

type AsyncComponent = (props: unknown) => Promise<ReactNode>;

const isAsync = (type: unknown): type is AsyncComponent => typeof type === "function" && type.constructor.name === "AsyncFunction";

/**
 * A page's tree with its async server components run, as the RSC renderer
 * would before sending HTML: each async component is called with its props
 * and replaced by what it returns, and a Suspense boundary by its content
 * (not its fallback). What is left is what react-dom's renderToString can
 * render, and anything those components throw (a 404, a redirect) is thrown
 * here. Sync components are left to the renderer: calling a client component
 * outside a render would break its hooks.
 */
export async function resolveServerTree(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map((child: ReactNode) => resolveServerTree(child)));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<Record<string, unknown>>;
  if (isAsync(element.type)) return resolveServerTree(await element.type(element.props));
  const children = await resolveServerTree(element.props.children as ReactNode);
  if (element.type === Suspense) return children;
  return element.props.children === undefined ? element : cloneElement(element, undefined, children);
}

/**
 * The tree without the message providers pages put around their content
 * (lib/i18n/page-messages.tsx), for a test that renders server and client
 * components together under one provider with the whole catalog: on the
 * server, a server component's translations come from the request's catalog,
 * not from the page's provider, which only the browser's components read.
 */
export function withoutPageProviders(node: ReactNode, provider: unknown): ReactNode {
  if (Array.isArray(node)) return node.map((child: ReactNode) => withoutPageProviders(child, provider));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<Record<string, unknown>>;
  const children = withoutPageProviders(element.props.children as ReactNode, provider);
  if (element.type === provider) return children;
  return element.props.children === undefined ? element : cloneElement(element, undefined, children);
}
