import { FluentProvider, Title2, Body1, webLightTheme } from "@fluentui/react-components";

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title2 as="h1">Ramkoll</Title2>
        <Body1 as="p">Skriv =BUDGET. i en cell för att använda budgetfunktionerna.</Body1>
      </main>
    </FluentProvider>
  );
}
