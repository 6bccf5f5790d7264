// Being written (issue 5): replaced by the screen itself.
export default function JoinPage({ code }: { code: string }) {
  return <main id="content">{code}</main>;
}
